// Progressive enhancement: the form works without this script. With it, the number of characters left is
// announced politely (like GOV.UK's character count) as the citizen types.
(function () {
  "use strict";
  var fields = document.querySelectorAll("textarea[data-character-count]");
  Array.prototype.forEach.call(fields, function (field) {
    var max = parseInt(field.getAttribute("data-character-count"), 10);
    var status = document.getElementById(field.id + "-count");
    if (!status || !max) { return; }
    var timer = null;
    function update() {
      var left = max - Array.from(field.value).length;
      status.textContent = left >= 0 ? "あと " + left + " 文字入力できます" : (-left) + " 文字多すぎます";
      status.classList.toggle("over", left < 0);
    }
    field.addEventListener("input", function () {
      // Screen readers are told only after a pause, not on every key.
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
    update();
  });
})();
