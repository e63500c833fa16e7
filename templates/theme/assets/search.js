// Search page: Pagefind UI with person/topic/source/year/language filters and a sort control.
// The address holds the search (?q=…&sort=date:desc&person=…), so a search can be shared and the
// home page's search box can start one. PagefindUI takes `sort` only when it is created, so a new
// order reloads the page with the same query and filters.
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return;
  var FILTERS = ['person', 'topic', 'source', 'year', 'language'];
  var select = document.getElementById('search-sort');
  var params = new URLSearchParams(window.location.search);

  function sortOption(value) {
    if (!value) return null;
    var parts = value.split(':');
    var sort = {};
    sort[parts[0]] = parts[1] || 'desc';
    return sort;
  }

  function filtersFromAddress() {
    var chosen = {};
    FILTERS.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) chosen[name] = values;
    });
    return chosen;
  }

  function currentSearchAddress(sortValue) {
    // Pagefind UI's filter checkboxes carry the filter as name and its value as value.
    var next = new URLSearchParams();
    var input = document.querySelector('#search input[type=text], #search input[type=search]');
    if (input && input.value) next.set('q', input.value);
    if (sortValue) next.set('sort', sortValue);
    document.querySelectorAll('#search input[type=checkbox]:checked').forEach(function (box) {
      if (box.name) next.append(box.name, box.value);
    });
    return '?' + next.toString();
  }

  if (select && params.get('sort')) select.value = params.get('sort');
  var options = {
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    pageSize: 10,
    openFilters: ['person', 'topic'],
    translations: { placeholder: 'Search names, places, topics…' }
  };
  var sort = sortOption(select ? select.value : '');
  if (sort) options.sort = sort;
  var ui = new PagefindUI(options);
  window.briefingSearch = ui;
  var filters = filtersFromAddress();
  if (Object.keys(filters).length) ui.triggerFilters(filters);
  if (params.get('q')) ui.triggerSearch(params.get('q'));

  if (select) {
    select.addEventListener('change', function () {
      window.location.assign(currentSearchAddress(select.value));
    });
  }
});
