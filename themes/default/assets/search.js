// The site search, on Pagefind's JavaScript API (the index is built by `disclosure build` into /pagefind/).
// A small UI of our own rather than Pagefind's default one: a labelled field, a polite live region that says
// how many pages were found, and a plain ordered list of linked titles with their excerpts.
const form = document.querySelector(".search-form");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const unavailable = document.getElementById("search-unavailable");
// The messages come from the page (the theme's strings, in the site's language), with {0}, {1} for the values.
const text = {
  noIndex: form.dataset.textNoIndex,
  none: form.dataset.textNone,
  found: form.dataset.textFound,
  limited: form.dataset.textLimited,
};

// The bundle sits beside /assets/, under the site's base path (e.g. /hogo/pagefind/); deriving it from this
// script's own URL keeps the base path out of the script.
const siteRoot = new URL("../", import.meta.url);
const bundleUrl = new URL("pagefind/pagefind.js", siteRoot).href;
const maxShown = 50;
const kindFilter = "種類";

// Pagefind splits a Japanese query into words and ranks pages by those words one by one, so the news and
// schedules that mention 「後期高齢者医療」 would outrank the assessment it names. Each indexed page also carries
// every suffix of the compounds in its title and headings ("headings"), and an assessment those of its title,
// 事務の名称, system and tags ("keywords"): a query then matches them whole, however it was split, and these
// weights (Pagefind's default title weight is 5) put the named document first. See SearchKeywords.cs.
const ranking = { metaWeights: { title: 5, keywords: 10, headings: 3 } };

let pagefind = null;
let latest = 0;
let timer = null;
let shown = null;

async function load() {
  try {
    pagefind = await import(bundleUrl);
    await pagefind.options({ baseUrl: siteRoot.pathname, ranking });
    await pagefind.init();
  } catch {
    pagefind = null;
    form.hidden = true;
    unavailable.hidden = false;
    unavailable.querySelector("p").textContent = text.noIndex;
    return false;
  }
  return true;
}

async function run(query) {
  const ticket = ++latest;
  const term = query.trim();
  if (term === shown) {
    // Already on screen: replacing the list would take the focus away from a result someone has tabbed to.
    return;
  }
  if (term === "") {
    list.replaceChildren();
    status.textContent = "";
    shown = term;
    return;
  }
  const search = await pagefind.search(term);
  const found = search.results;
  const data = await Promise.all(found.slice(0, maxShown).map((result) => result.data()));
  if (ticket !== latest) {
    return; // a newer query has been typed meanwhile
  }
  list.replaceChildren(...data.map(item));
  shown = term;
  status.textContent = found.length === 0
    ? format(text.none, term)
    : format(text.found, term, found.length) + (found.length > maxShown ? format(text.limited, maxShown) : "");
}

/** Fills {0}, {1} … in one pass, so braces in what was typed are left as they are. */
function format(pattern, ...values) {
  return pattern.replace(/\{(\d+)\}/g, (placeholder, index) => (Number(index) < values.length ? String(values[Number(index)]) : placeholder));
}

function item(page) {
  const li = document.createElement("li");
  li.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta.title || page.url;
  heading.append(link);
  li.append(heading);
  const kind = page.filters?.[kindFilter]?.[0];
  if (kind) {
    const label = document.createElement("p");
    label.className = "search-result-kind";
    label.textContent = kind;
    li.append(label);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  // Pagefind's excerpt is the page's own text, already escaped, with the matches wrapped in <mark>.
  excerpt.innerHTML = joinJapaneseBlocks(page.excerpt);
  li.append(excerpt);
  return li;
}

/**
 * Pagefind joins the page's blocks (a heading and the paragraph after it) with ". ", an English full stop that
 * reads as a typo in Japanese text. After Japanese closing punctuation nothing is needed; after other Japanese text
 * (a heading) a full-width space keeps the two apart. An English sentence keeps its full stop.
 */
function joinJapaneseBlocks(excerptHtml) {
  return excerptHtml
    .replace(/([。、！？」』）])((?:<\/mark>)?)\. /g, "$1$2")
    .replace(/([^\x00-\x7F])((?:<\/mark>)?)\. /g, "$1$2\u3000");
}

/** Runs what is already there: a query in the address (?q=), or words typed while the index was loading. */
function searchFromPage() {
  const query = input.value || new URLSearchParams(location.search).get("q") || "";
  if (query.trim() !== "") {
    input.value = query;
    run(query);
  }
}

function remember(query) {
  const url = new URL(location.href);
  if (query.trim() === "") {
    url.searchParams.delete("q");
  } else {
    url.searchParams.set("q", query.trim());
  }
  history.replaceState(null, "", url);
}

form.hidden = false;
unavailable.hidden = true;
if (await load()) {
  input.addEventListener("input", () => {
    // Wait for a pause in typing, so the live region is not told about every keystroke.
    clearTimeout(timer);
    timer = setTimeout(() => { remember(input.value); run(input.value); }, 300);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    run(input.value);
  });
  searchFromPage();
}
