// Dark-mode toggle: follows the system until the reader chooses, then remembers the choice.
(function () {
  var button = document.querySelector('.theme-toggle');
  if (!button) return;
  function current() {
    var chosen = document.documentElement.dataset.theme;
    if (chosen) return chosen;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function label() { button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false'); }
  button.addEventListener('click', function () {
    var next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try { localStorage.setItem('theme', next); } catch (e) { /* private mode */ }
    label();
  });
  label();
})();
