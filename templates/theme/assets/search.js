// Search page: a small search UI over the per-year Pagefind bundles listed in pagefind/bundles.json.
//
// The build writes one Pagefind bundle per year (plus one for undated articles; a year with many
// articles gets one per half, quarter or month of it), so that an edit re-indexes one bundle and a
// newest-first search downloads only the newest. Pagefind's own mergeIndex re-sorts merged results
// by score, which breaks date order, so this script walks the bundles itself: one by one in date
// order for "newest"/"oldest", all at once for "best match". The year filter picks a year's bundles.
// The address holds the search (?q=…&sort=…&person=<label>&year=…), so a search can be shared and
// other pages (the home page's search box) can start one with a link to search/?q=… or ?person=….
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var SHORT_LIST = 15; // longer filter lists show this many until asked for all, plus a text box
  var DEBOUNCE_MS = 300;
  var SORTS = ['newest', 'oldest', 'relevance'];
  var KINDS = [
    { name: 'person', legend: 'People', narrow: 'Find a person' },
    { name: 'topic', legend: 'Topics', narrow: 'Find a topic' },
    { name: 'source', legend: 'Sources', narrow: 'Find a source' },
    { name: 'language', legend: 'Languages', narrow: 'Find a language' }
  ];
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  var container = document.getElementById('search');
  if (!container) return;
  var input = document.getElementById('search-q');
  var sortSelect = document.getElementById('search-sort');
  var form = document.getElementById('search-form');
  var filterLists = document.getElementById('search-filter-lists');
  var filterCount = document.getElementById('search-filter-count');
  var statusLine = document.getElementById('search-status');
  var resultList = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');

  var rootUrl = new URL((container.getAttribute('data-root') || '.').replace(/\/?$/, '/'), window.location.href);
  var manifestUrl = new URL('pagefind/bundles.json', rootUrl);

  var manifest = null;
  var filterEntries = {}; // kind -> [{value, label, count, option}] (option: see checkbox())
  var yearEntries = []; // [{year, option}]: one per year, whose bundles may be parts of it
  var session = null; // the search on screen (see startSearch)
  var generation = 0; // bumps with every new search; stale async work checks it and stops
  var typingTimer = null;

  // ---- Pagefind: one module, one WebAssembly download, one instance per bundle (lazily) ----

  shareWasmDownloads();

  // All bundles come from one Pagefind run of one version and carry byte-identical WebAssembly
  // (wasm.<lang>.pagefind, ~70 KB compressed). Each Pagefind instance fetches it from its own
  // bundle folder, so without this every year searched would download it again: the first
  // download is kept and every later request for the same file name gets the same bytes.
  function shareWasmDownloads() {
    var realFetch = window.fetch.bind(window);
    var kept = new Map(); // file name -> Promise<ArrayBuffer>
    var bundlesPath = new URL('pagefind/', rootUrl).pathname;
    window.fetch = function (resource, init) {
      var name = wasmFileName(resource, bundlesPath);
      if (!name) return realFetch(resource, init);
      if (!kept.has(name)) {
        var bytes = realFetch(resource, init).then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + name);
          return response.arrayBuffer();
        });
        bytes.catch(function () { kept.delete(name); }); // a failed download may be retried
        kept.set(name, bytes);
      }
      return kept.get(name).then(function (buffer) { return new Response(buffer.slice(0)); });
    };
  }

  function wasmFileName(resource, bundlesPath) {
    var address = typeof resource === 'string' ? resource : resource && resource.url;
    if (!address) return null;
    var url = new URL(address, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.indexOf(bundlesPath) !== 0) return null;
    var match = /\/(wasm\.[^/]+\.pagefind)$/.exec(url.pathname);
    return match ? match[1] : null;
  }

  var pagefindModule = null;
  var wasmReady = null;

  function loadPagefind() {
    // Every instance must come from the same module: the module holds the one WebAssembly instance.
    if (!pagefindModule) pagefindModule = import(new URL('pagefind.js', manifest.bundles[0].url).href);
    return pagefindModule;
  }

  function instanceFor(bundle) {
    if (!bundle.instance) {
      bundle.instance = loadPagefind().then(function (pagefind) {
        // The module keeps one WebAssembly instance for all its Pagefind instances; two instances
        // starting together would each create one and the second would replace the first under it.
        // So the first instance is made alone, and the others wait until it is ready.
        if (wasmReady) return wasmReady.then(function () { return create(pagefind, bundle); });
        var first = create(pagefind, bundle);
        wasmReady = first.search('').then(function () {}, function () {});
        return wasmReady.then(function () { return first; });
      });
      bundle.instance.catch(function () { bundle.instance = null; });
    }
    return bundle.instance;
  }

  function create(pagefind, bundle) {
    return pagefind.createInstance({
      basePath: bundle.url.href,
      // Result URLs are relative to the site root; Pagefind would guess the root from the
      // bundle's folder, which is now pagefind/<year>/, so say it.
      baseUrl: rootUrl.pathname,
      // On the main thread, so that Pagefind's fetches go through shareWasmDownloads (a worker's
      // fetches would not) and all instances share the module's one WebAssembly instance.
      noWorker: true
    });
  }

  function searchBundle(bundle, search) {
    var options = { filters: search.filters };
    // The undated bundle has no date sort key, and Pagefind drops pages lacking the sort key.
    if (search.sort !== 'relevance' && bundle.sorted) {
      options.sort = { date: search.sort === 'oldest' ? 'asc' : 'desc' };
    }
    return instanceFor(bundle).then(function (pagefind) {
      return pagefind.search(search.term, options);
    }).then(function (response) {
      return response.results.map(function (result) { return { bundle: bundle, result: result }; });
    });
  }

  // ---- The search on screen ----

  function startSearch() {
    clearTimeout(typingTimer);
    var gen = ++generation;
    var term = input.value.trim();
    var filters = chosenFilters();
    if (!term && !Object.keys(filters).length && !chosenYears().length) {
      session = null;
      resultList.textContent = '';
      moreButton.hidden = true;
      say('Type a name, place or topic, or choose a filter.');
      container.setAttribute('data-state', 'done');
      return Promise.resolve();
    }
    var sort = sortSelect.value;
    var bundles = bundlesToSearch(sort);
    session = {
      gen: gen, term: term || null, filters: filters, sort: sort, bundles: bundles,
      searched: 0, // bundles[0 .. searched) have been searched (in date order)
      results: [], shown: 0
    };
    return showUpTo(session, PAGE_SIZE);
  }

  function bundlesToSearch(sort) {
    var years = chosenYears();
    var bundles = manifest.bundles.filter(function (b) { return !years.length || years.indexOf(b.year) >= 0; });
    if (sort !== 'oldest') return bundles;
    // The manifest lists the newest first and the undated bundle last; undated stays last.
    var dated = bundles.filter(function (b) { return b.sorted; }).reverse();
    return dated.concat(bundles.filter(function (b) { return !b.sorted; }));
  }

  function showUpTo(search, count) {
    search.busy = true;
    container.setAttribute('data-state', 'loading');
    var found = search.sort === 'relevance' ? searchAll(search) : searchUntil(search, count);
    return found.then(function () {
      if (search.gen !== generation) return null;
      var from = search.shown;
      var batch = search.results.slice(from, count);
      return Promise.all(batch.map(function (hit) { return hit.result.data(); })).then(function (pages) {
        if (search.gen !== generation) return;
        var items = pages.map(resultItem);
        if (from === 0) resultList.textContent = ''; // the last search's results stay until now
        items.forEach(function (item) { resultList.appendChild(item); });
        search.shown = from + items.length;
        search.busy = false;
        say(statusText(search));
        moreButton.hidden = !hasMore(search);
        container.setAttribute('data-state', 'done');
        return items[0];
      });
    }).catch(function (error) {
      if (search.gen !== generation) return null;
      console.error('Search failed:', error);
      say('Search is not available right now (' + error.message + ').');
      container.setAttribute('data-state', 'error');
      return null;
    });
  }

  // Newest/oldest: search the next bundle in date order only while the page lacks results.
  function searchUntil(search, count) {
    if (search.results.length >= count || search.searched >= search.bundles.length) return Promise.resolve();
    var bundle = search.bundles[search.searched];
    return searchBundle(bundle, search).then(function (hits) {
      if (search.gen !== generation) return null;
      search.results = search.results.concat(hits);
      search.searched += 1;
      return searchUntil(search, count);
    });
  }

  // Best match: every bundle at once, merged by score (stable: ties keep the newest first).
  function searchAll(search) {
    if (search.searched >= search.bundles.length) return Promise.resolve();
    return Promise.all(search.bundles.map(function (b) { return searchBundle(b, search); })).then(function (lists) {
      if (search.gen !== generation) return;
      var all = [].concat.apply([], lists);
      all.sort(function (a, b) { return b.result.score - a.result.score; });
      search.results = all;
      search.searched = search.bundles.length;
    });
  }

  function hasMore(search) {
    return search.shown < search.results.length || search.searched < search.bundles.length;
  }

  function statusText(search) {
    var n = search.results.length;
    var count = n === 1 ? '1 result' : n + ' results';
    if (search.searched >= search.bundles.length) return n ? count : 'No results. Try other words or fewer filters.';
    var labels = search.bundles.slice(0, search.searched).map(function (b) { return b.label; });
    var last = labels[labels.length - 1];
    var span = labels.length > 1 ? labels[0] + (/ /.test(labels[0] + last) ? ' – ' : '–') + last : labels[0];
    var rest = search.sort === 'oldest' ? 'newer' : 'older';
    var whole = labels.every(function (label) { return /^(\d{4}|Undated)$/.test(label); });
    return count + ' in ' + span + '; ' + rest + (whole ? ' years' : ' briefings') + ' are searched when you ask for more';
  }

  function say(text) {
    if (statusLine.textContent !== text) statusLine.textContent = text;
  }

  // ---- One result: every piece of text goes in as text; only the excerpt's <mark>s are kept ----

  function resultItem(page) {
    var meta = page.meta || {};
    var item = document.createElement('li');
    item.className = 'briefing search-result';
    var link = document.createElement('a');
    link.className = 'briefing-title';
    link.href = safeHref(page.url);
    link.textContent = meta.title || page.url;
    item.appendChild(link);
    var line = document.createElement('div');
    line.className = 'briefing-meta';
    if (meta.date) {
      var time = document.createElement('time');
      time.setAttribute('datetime', meta.date);
      time.textContent = formatDate(meta.date);
      line.appendChild(time);
    } else {
      var undated = document.createElement('span');
      undated.className = 'undated';
      undated.textContent = 'undated';
      line.appendChild(undated);
    }
    if (meta.source) {
      line.appendChild(document.createTextNode(' · '));
      var source = document.createElement('span');
      source.className = 'source';
      source.textContent = meta.source;
      line.appendChild(source);
    }
    item.appendChild(line);
    var excerpt = document.createElement('p');
    excerpt.className = 'briefing-summary search-excerpt';
    appendExcerpt(excerpt, page.excerpt || '');
    item.appendChild(excerpt);
    return item;
  }

  function safeHref(address) {
    var url = new URL(address, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  }

  // Pagefind's excerpt is article text with <mark> around the matched words. It is parsed in an
  // inert document (no scripts run, nothing loads) and only its text and <mark>s are copied.
  function appendExcerpt(target, html) {
    var parsed = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
    copyTextAndMarks(parsed.body, target);
  }

  function copyTextAndMarks(from, to) {
    Array.prototype.forEach.call(from.childNodes, function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        copyTextAndMarks(node, mark);
        to.appendChild(mark);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        copyTextAndMarks(node, to);
      }
    });
  }

  function formatDate(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!match || +match[2] < 1 || +match[2] > 12) return iso;
    return (+match[3]) + ' ' + MONTHS[+match[2] - 1] + ' ' + match[1];
  }

  // ---- Filters: values come from the manifest (Pagefind's filters() would fetch every chunk) ----

  function buildFilterPanel() {
    KINDS.forEach(function (kind) {
      var entries = (manifest.filters && manifest.filters[kind.name]) || [];
      filterEntries[kind.name] = entries.map(function (e) {
        return { value: String(e.value), label: String(e.label), count: e.count };
      });
    });
  }

  // A label from the address that the manifest does not know still filters (and finds nothing,
  // which is the truth); it is listed so it can be unchecked. Its value follows the contract:
  // the label HTML-escaped once.
  function entryForLabel(kind, label) {
    var entries = filterEntries[kind];
    for (var i = 0; i < entries.length; i++) if (entries[i].label === label) return entries[i];
    var entry = { value: escapeHtml(label), label: label, count: 0 };
    entries.unshift(entry);
    return entry;
  }

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&#34;').replace(/'/g, '&#39;'); // as the build (markupsafe) escapes
  }

  function renderFilterPanel() {
    KINDS.forEach(function (kind) {
      var entries = filterEntries[kind.name];
      if (!entries.length) return;
      filterLists.appendChild(filterGroup(kind, entries.map(function (entry, i) {
        entry.option = checkbox(kind.name + '-' + i, kind.name, entry.label, entry.count);
        return entry.option;
      })));
    });
    var pages = {};
    var order = [];
    manifest.bundles.forEach(function (bundle) {
      if (!(bundle.year in pages)) { pages[bundle.year] = 0; order.push(bundle.year); }
      pages[bundle.year] += bundle.pages;
    });
    var years = order.map(function (year, i) {
      var option = checkbox('year-' + i, 'year', year === 'undated' ? 'Undated' : year, pages[year]);
      option.input.value = year;
      yearEntries.push({ year: year, option: option });
      return option;
    });
    if (years.length) filterLists.appendChild(filterGroup({ name: 'year', legend: 'Years', narrow: 'Find a year' }, years));
  }

  // One filter value: a checkbox and its label (name and count) in a list item.
  function checkbox(id, name, label, count) {
    var item = document.createElement('li');
    var input = document.createElement('input');
    input.type = 'checkbox';
    input.id = 'filter-' + id;
    input.name = name;
    input.value = label;
    var text = document.createElement('label');
    text.htmlFor = input.id;
    text.textContent = label + ' ';
    var number = document.createElement('span');
    number.className = 'count';
    number.textContent = '(' + count + ')';
    text.appendChild(number);
    item.appendChild(input);
    item.appendChild(text);
    return { item: item, input: input, label: label };
  }

  function filterGroup(kind, options) {
    var group = document.createElement('fieldset');
    group.className = 'search-filter';
    group.setAttribute('data-kind', kind.name);
    var legend = document.createElement('legend');
    legend.textContent = kind.legend;
    group.appendChild(legend);
    var list = document.createElement('ul');
    options.forEach(function (option) { list.appendChild(option.item); });
    if (options.length > SHORT_LIST) group.appendChild(narrowingControls(kind, options));
    group.appendChild(list);
    return group;
  }

  // Long lists: the first SHORT_LIST values (the most frequent), a box to find any value by
  // a part of its name, and a button to show them all. Checked values always stay visible.
  function narrowingControls(kind, options) {
    var controls = document.createElement('div');
    controls.className = 'search-filter-narrow';
    var label = document.createElement('label');
    label.className = 'visually-hidden';
    label.htmlFor = 'filter-narrow-' + kind.name;
    label.textContent = kind.narrow;
    var text = document.createElement('input');
    text.type = 'search';
    text.id = label.htmlFor;
    text.placeholder = kind.narrow + '…';
    text.autocomplete = 'off';
    var all = document.createElement('button');
    all.type = 'button';
    all.className = 'search-filter-all';
    all.setAttribute('aria-expanded', 'false');
    all.textContent = 'Show all ' + options.length;
    function update() {
      var wanted = fold(text.value.trim());
      var showAll = all.getAttribute('aria-expanded') === 'true';
      options.forEach(function (option, i) {
        var visible = option.input.checked || (wanted ? fold(option.label).indexOf(wanted) >= 0 : showAll || i < SHORT_LIST);
        option.item.hidden = !visible;
      });
      all.hidden = !!wanted;
    }
    text.addEventListener('input', update);
    text.addEventListener('keydown', function (event) { if (event.key === 'Enter') event.preventDefault(); });
    all.addEventListener('click', function () {
      var showAll = all.getAttribute('aria-expanded') !== 'true';
      all.setAttribute('aria-expanded', String(showAll));
      all.textContent = showAll ? 'Show the top ' + SHORT_LIST : 'Show all ' + options.length;
      update();
    });
    controls.appendChild(label);
    controls.appendChild(text);
    controls.appendChild(all);
    update();
    controls.update = update;
    return controls;
  }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // Within one kind any checked value matches (OR); kinds combine with AND (Pagefind's default).
  function chosenFilters() {
    var filters = {};
    KINDS.forEach(function (kind) {
      var values = filterEntries[kind.name].filter(function (e) { return e.option && e.option.input.checked; })
        .map(function (e) { return e.value; });
      if (values.length) filters[kind.name] = { any: values };
    });
    return filters;
  }

  function chosenYears() {
    return yearEntries.filter(function (y) { return y.option.input.checked; }).map(function (y) { return y.year; });
  }

  function showFilterCount() {
    var n = filterLists.querySelectorAll('input[type=checkbox]:checked').length;
    filterCount.textContent = n ? '(' + n + ' chosen)' : '';
  }

  // ---- The address ----

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    sortSelect.value = SORTS.indexOf(params.get('sort')) >= 0 ? params.get('sort') : 'newest';
    KINDS.forEach(function (kind) {
      params.getAll(kind.name).forEach(function (label) { entryForLabel(kind.name, label); });
    });
    return params;
  }

  function checkFromAddress(params) {
    var any = false;
    KINDS.forEach(function (kind) {
      var labels = params.getAll(kind.name);
      filterEntries[kind.name].forEach(function (e) {
        if (labels.indexOf(e.label) >= 0) { e.option.input.checked = true; any = true; }
      });
    });
    var years = params.getAll('year');
    yearEntries.forEach(function (y) {
      if (years.indexOf(y.year) >= 0) { y.option.input.checked = true; any = true; }
    });
    filterLists.querySelectorAll('.search-filter-narrow').forEach(function (c) { c.update(); });
    return any;
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    params.set('sort', sortSelect.value);
    KINDS.forEach(function (kind) {
      filterEntries[kind.name].forEach(function (e) {
        if (e.option.input.checked) params.append(kind.name, e.label);
      });
    });
    chosenYears().forEach(function (year) { params.append('year', year); });
    window.history.replaceState(null, '', window.location.pathname + '?' + params.toString());
  }

  // ---- Start ----

  function searchNow() {
    writeAddress();
    startSearch();
  }

  function listen() {
    input.addEventListener('input', function () {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(searchNow, DEBOUNCE_MS);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      searchNow();
    });
    sortSelect.addEventListener('change', searchNow);
    filterLists.addEventListener('change', function (event) {
      if (event.target.type !== 'checkbox') return;
      showFilterCount();
      searchNow();
    });
    moreButton.addEventListener('click', function () {
      if (!session || session.busy) return; // a second click while the first loads
      showUpTo(session, session.shown + PAGE_SIZE).then(function (first) {
        // Keyboard and screen-reader users continue at the first new result.
        var link = first && first.querySelector('a');
        if (link) link.focus();
      });
    });
  }

  function start() {
    container.setAttribute('data-state', 'loading');
    fetch(manifestUrl.href).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    }).then(function (data) {
      manifest = data;
      manifest.bundles.forEach(function (b) {
        b.url = new URL(b.path.replace(/\/?$/, '/'), manifestUrl);
        b.sorted = b.sorted !== false && b.key !== 'undated';
        b.year = b.year || b.key; // a year's bundle, or a part of that year (half, quarter, month)
        b.label = b.label || (b.key === 'undated' ? 'Undated' : b.key);
      });
      buildFilterPanel();
      var params = readAddress();
      renderFilterPanel();
      if (checkFromAddress(params)) document.getElementById('search-filters').open = true;
      showFilterCount();
      listen();
      return startSearch();
    }).catch(function (error) {
      console.error('Search is not available:', error);
      say('Search is not available: its index could not be loaded.');
      container.setAttribute('data-state', 'error');
    });
  }

  start();
})();
