// Progressive enhancement: the form works without this script. With it, the number of characters left is
// announced politely (like GOV.UK's character count) as the citizen types. The messages come from the page
// (data-text-left, data-text-over: the theme's strings, with {0} for the number), in the site's language.
(function () {
  "use strict";
  var fields = document.querySelectorAll("textarea[data-character-count]");
  Array.prototype.forEach.call(fields, function (field) {
    var max = parseInt(field.getAttribute("data-character-count"), 10);
    var status = document.getElementById(field.id + "-count");
    var leftText = field.getAttribute("data-text-left");
    var overText = field.getAttribute("data-text-over");
    if (!status || !max || leftText === null || overText === null) { return; }
    var timer = null;
    function update() {
      var left = max - Array.from(field.value).length;
      status.textContent = (left >= 0 ? leftText : overText).replace("{0}", Math.abs(left).toLocaleString("en-US"));
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
