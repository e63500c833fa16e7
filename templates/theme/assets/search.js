// Search page: Pagefind UI with person/topic/source/year/language filters and a sort control.
// ?q= pre-fills the query (the home page's search box) and ?sort=date:desc picks the order.
// Changing the order rebuilds the UI with the same query and filters (PagefindUI takes `sort`
// only when it is created).
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return;
  var select = document.getElementById('search-sort');
  var params = new URLSearchParams(window.location.search);
  var ui = null;

  function sortOption(value) {
    if (!value) return null;
    var parts = value.split(':');
    var sort = {};
    sort[parts[0]] = parts[1] || 'desc';
    return sort;
  }

  function selectedFilters() {
    // Pagefind UI's filter checkboxes carry the filter as name and its value as value.
    var chosen = {};
    document.querySelectorAll('#search input[type=checkbox]:checked').forEach(function (box) {
      if (!box.name) return;
      (chosen[box.name] = chosen[box.name] || []).push(box.value);
    });
    return chosen;
  }

  function currentQuery() {
    var input = document.querySelector('#search input[type=text], #search input[type=search]');
    return input ? input.value : '';
  }

  function start(sortValue, query, filters) {
    if (ui) ui.destroy();
    document.getElementById('search').innerHTML = '';
    var options = {
      element: '#search',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      openFilters: ['person', 'topic'],
      translations: { placeholder: 'Search names, places, topics…' }
    };
    var sort = sortOption(sortValue);
    if (sort) options.sort = sort;
    ui = new PagefindUI(options);
    window.briefingSearch = ui;
    if (filters && Object.keys(filters).length) ui.triggerFilters(filters);
    if (query) ui.triggerSearch(query);
  }

  if (select && params.get('sort')) select.value = params.get('sort');
  start(select ? select.value : '', params.get('q'), null);
  if (select) {
    select.addEventListener('change', function () {
      start(select.value, currentQuery(), selectedFilters());
    });
  }
});
