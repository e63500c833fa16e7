// Pagefind UI with person/topic/source/year/language filters; ?q= pre-fills the query.
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    openFilters: ['person', 'topic'],
    translations: { placeholder: 'Search names, places, topics…' }
  });
  window.briefingSearch = ui;
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
});
