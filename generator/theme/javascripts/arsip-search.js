// Arsip's header search: Material's search dialog, answered by Pagefind.
//
// Pagefind's bundle (pagefind/ at the site's root, written by `arsip build` after MkDocs) stems each language
// with its own Snowball stemmer and loads only the index chunks a query needs. Pages are indexed per
// language (<html lang>), so the indexes of the site's other languages are merged in: one search box finds
// Indonesian and English articles alike. Everything is fetched from the site itself.

const root = document.querySelector("[data-arsip-search]");
const PAGE_SIZE = 10;
const HIGHLIGHT_PARAM = "cari";
const FACET_VALUES_SHOWN = 40;
const ACTORS_FIRST = 3;

if (root) {
  const bundle = new URL(root.dataset.bundle, location.href).href;
  const siteBase = new URL(root.dataset.site, location.href).pathname;
  const toggle = document.getElementById("__search");
  const form = root.querySelector("form");
  const input = root.querySelector(".md-search__input");
  const meta = root.querySelector(".md-search-result__meta");
  const list = root.querySelector(".md-search-result__list");
  const facets = root.querySelector(".arsip-search__facets");
  const selects = [...facets.querySelectorAll("select[data-filter]")];
  const sortSelect = facets.querySelector("select[data-sort]");
  const text = root.dataset;

  let engine = null;   // a promise of the Pagefind API, loaded on first use
  let replaced = new Set();  // ids of the full index's entries for pages indexed again since (delta/)
  let added = new Set();     // ids of the entries of delta/
  let asked = 0;       // the newest query's number: answers to older ones are dropped
  let shown = null;    // the current results (Pagefind result handles), as a list (listOf, mergedByDate)
  let rendered = 0;
  let facetsLoaded = false;

  // One Pagefind module per part of the index: pagefind/ and, on a large site indexed in parts, each shard
  // (arsip-shards.json). Each merges in the indexes of its other languages.
  const here = document.documentElement.lang;
  const openIndex = async (path, languages) => {
    const pagefind = await import(`${path}pagefind.js`);  // another address: another module, another index
    await pagefind.options({ baseUrl: siteBase, excerptLength: 30, highlightParam: HIGHLIGHT_PARAM });
    await pagefind.init();
    for (const language of languages) {
      if (language !== here) {
        await pagefind.mergeIndex(path, { language, baseUrl: siteBase });
      }
    }
    return pagefind;
  };
  const addCounts = (all) => {
    const sum = {};
    for (const counts of all) {
      for (const [name, values] of Object.entries(counts || {})) {
        sum[name] ??= {};
        for (const [value, count] of Object.entries(values)) sum[name][value] = (sum[name][value] || 0) + count;
      }
    }
    return sum;
  };
  // The parts asked together, answered as Pagefind answers for merged indexes: the results by score (each part's
  // own order kept among equal scores), the filters' counts added up. Each result knows its part (arsipPart).
  const together = (parts) => ({
    search: async (term, options) => {
      const answers = await Promise.all(parts.map((part) => part.search(term, options)));
      if (answers.some((answer) => !answer)) return null;
      answers.forEach((answer, number) => answer.results.forEach((result) => { result.arsipPart = number; }));
      return {
        results: answers.flatMap((answer) => answer.results).sort((a, b) => b.score - a.score),
        filters: addCounts(answers.map((answer) => answer.filters)),
      };
    },
    filters: async () => addCounts(await Promise.all(parts.map((part) => part.filters()))),
  });

  const load = () => {
    engine ??= (async () => {
      const entry = await (await fetch(`${bundle}pagefind-entry.json`)).json();
      const first = await openIndex(bundle, Object.keys(entry.languages || {}));
      // After a build that rebuilt only some pages, those pages are indexed on their own (delta/); their entries
      // in the full index are the old text, left out of every answer.
      const delta = await fetch(`${bundle}arsip-delta.json`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
      for (const language of delta?.languages || []) {
        await first.mergeIndex(`${bundle}delta/`, { language, baseUrl: siteBase });
      }
      replaced = new Set(delta?.replaced || []);
      added = new Set(delta?.added || []);
      const shards = await fetch(`${bundle}arsip-shards.json`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
      if (!shards?.shards?.length) return first;
      const others = await Promise.all(
        shards.shards.map((shard) => openIndex(`${bundle}${shard.path}`, shard.languages)));
      return together([first, ...others]);
    })();
    return engine;
  };

  const open = () => {
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    input.focus();
    input.select();
    load().catch(() => {});
  };
  const close = () => {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  };

  // Pagefind sorts each index by itself and lists the results of merged indexes (the site's other languages, the
  // pages indexed apart in delta/, the parts of a large site's index) one index after the other. A list sorted by
  // date is merged again by date, lazily: each index's results are in order, so the next result is the first of
  // the indexes' next ones, and only their dates are loaded. A list is {length, slice(from, to) → a promise of the
  // results}.
  const listOf = (results) => ({ length: results.length, slice: async (from, to) => results.slice(from, to) });
  const dateOf = async (result) => (result.arsipDate ??= (await result.data()).meta.tanggal || "");
  const mergedByDate = (results, descending) => {
    const runs = new Map();
    for (const result of results) {
      // ids start "id_", "en_"
      const index = `${result.arsipPart || 0} ${added.has(result.id) ? "delta " : ""}${result.id.split("_")[0]}`;
      if (!runs.has(index)) runs.set(index, { results: [], next: 0 });
      runs.get(index).results.push(result);
    }
    if (runs.size < 2) return listOf(results);
    const merged = [];
    const fill = async (count) => {
      while (merged.length < count) {
        let first = null;
        let firstDate = "";
        for (const run of runs.values()) {
          if (run.next >= run.results.length) continue;
          const date = await dateOf(run.results[run.next]);
          if (first === null || (descending ? date > firstDate : date < firstDate)) [first, firstDate] = [run, date];
        }
        merged.push(first.results[first.next++]);
      }
    };
    let filled = Promise.resolve();  // one merge at a time: "more" may be asked for before the last is done
    return {
      length: results.length,
      slice: (from, to) => {
        filled = filled.then(() => fill(Math.min(to, results.length)));
        return filled.then(() => merged.slice(from, to));
      },
    };
  };

  const plural = (count) =>
    count === 0 ? text.textNone : count === 1 ? text.textOne : text.textOther.replace("#", count);

  const chosenFilters = () => {
    const chosen = {};
    for (const select of selects) if (select.value) chosen[select.dataset.filter] = select.value;
    return chosen;
  };

  // Pagefind's excerpt marks the matched words with <mark>; everything else in it is page text. It is put in
  // as text, never as HTML, so an article's text cannot become markup here either.
  const excerptNodes = (excerpt) => {
    const nodes = [];
    const decoder = document.createElement("textarea");  // its content is plain text to the parser: no elements
    const decode = (s) => {
      decoder.innerHTML = s;
      return decoder.value;
    };
    excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
      const marked = part.match(/^<mark>(.*)<\/mark>$/s);
      if (marked) {
        const mark = document.createElement("mark");
        mark.textContent = decode(marked[1]);
        nodes.push(mark);
      } else if (part) {
        nodes.push(document.createTextNode(decode(part)));
      }
    });
    return nodes;
  };

  const item = (data) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    link.tabIndex = -1;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    const about = document.createElement("p");
    about.className = "arsip-search__about";
    about.textContent = [data.meta.jenis, data.meta.rincian].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(data.excerpt || ""));
    article.append(title, about, excerpt);
    link.append(article);
    li.append(link);
    return li;
  };

  // Each result is shown as soon as its data has arrived, in rank order: the first one does not wait for
  // the tenth.
  const more = async () => {
    const number = asked;
    list.querySelector(".arsip-search__more")?.remove();  // first: a second click cannot ask for the same batch
    const batch = await shown.slice(rendered, rendered + PAGE_SIZE);
    if (number !== asked) return;
    rendered += batch.length;
    const datas = batch.map((result) => result.data());
    for (const data of datas) {
      const loaded = await data;
      if (number !== asked) return;
      list.append(item(loaded));
    }
    if (rendered < shown.length) {
      const li = document.createElement("li");
      li.className = "md-search-result__item arsip-search__more";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = `${Math.min(PAGE_SIZE, shown.length - rendered)} lagi`;
      button.addEventListener("click", more);
      li.append(button);
      list.append(li);
    }
  };

  const fillFacets = (counts) => {
    for (const select of selects) {
      const name = select.dataset.filter;
      const current = select.value;
      const values = Object.entries(counts[name] || {})
        .filter(([value, count]) => count > 0 || value === current)
        .sort(name === "tahun" ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, FACET_VALUES_SHOWN);
      select.replaceChildren(new Option("semua", ""), ...values.map(([value, count]) => {
        const option = new Option(`${value} (${count})`, value);
        option.selected = value === current;
        return option;
      }));
    }
  };

  const run = async () => {
    const number = ++asked;
    const query = input.value.trim();
    const filters = chosenFilters();
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      facets.hidden = true;
      meta.textContent = text.textPlaceholder;
      return;
    }
    let pagefind;
    try {
      pagefind = await load();
    } catch (error) {
      meta.textContent = text.textMissing;
      return;
    }
    const options = { filters };
    if (sortSelect.value) options.sort = { tanggal: sortSelect.value };
    // A person's, organisation's or country's own page comes before the articles that mention the name: the
    // best-matching actor pages (at most ACTORS_FIRST, scoring at least half the best one) lead the list.
    const byRelevance = query && !sortSelect.value && !filters.jenis;
    const [search, actors] = await Promise.all([
      pagefind.search(query || null, options),
      byRelevance ? pagefind.search(query, { filters: { ...filters, jenis: "aktor" } }) : null,
    ]);
    if (number !== asked || !search) return;
    const current = (results) => {
      const seen = new Set();  // a page built again with the same text is in both indexes, under one id
      return results.filter((result) => !replaced.has(result.id) && !seen.has(result.id) && seen.add(result.id));
    };
    const leading = current(actors?.results || [])
      .filter((result, _, all) => result.score >= all[0].score / 2)
      .slice(0, ACTORS_FIRST);
    const ids = new Set(leading.map((result) => result.id));
    const results = [...leading, ...current(search.results).filter((result) => !ids.has(result.id))];
    shown = sortSelect.value ? mergedByDate(results, sortSelect.value === "desc") : listOf(results);
    rendered = 0;
    list.replaceChildren();
    meta.textContent = plural(shown.length);
    await more();
    // The facets' counts need Pagefind's filter index, loaded once, after the first results are on screen.
    if (!facetsLoaded) {
      await pagefind.filters();
      facetsLoaded = true;
      if (number !== asked) return;
      const counted = await pagefind.search(query || null, options);
      if (number !== asked || !counted) return;
      fillFacets(counted.filters);
    } else {
      fillFacets(search.filters);
    }
    facets.hidden = false;
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  for (const select of [...selects, sortSelect]) select.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector(".md-search-result__link")?.click();
  });
  form.addEventListener("reset", () => {
    for (const select of selects) select.value = "";
    setTimeout(run);
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) {
      input.focus();
      load().catch(() => {});
    }
  });

  // Material's keyboard shortcuts for its search: "/", "s" or "f" open it, Escape closes it, the arrow keys
  // walk the results.
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target instanceof HTMLElement &&
      (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    if (!toggle.checked) {
      if (!typing && ["/", "s", "f"].includes(event.key)) {
        event.preventDefault();
        open();
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const links = [...list.querySelectorAll(".md-search-result__link")];
      if (!links.length) return;
      event.preventDefault();
      const at = links.indexOf(document.activeElement);
      const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
      (next < 0 ? input : links[next]).focus();
    }
  });

  // A page opened from a result highlights the words that were searched for.
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    import(`${bundle}pagefind-highlight.js`)
      .then(() => new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM }))
      .catch(() => {});
  }
}
