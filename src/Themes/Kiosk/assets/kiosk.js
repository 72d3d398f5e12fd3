// Kiosk behaviour: the on-screen keyboard types into the search box and filters the products shown,
// and after data-idle-seconds without a touch (or on "Start over") the screen forgets its cart and goes back to the
// home page for the next shopper.
(function () {
  var body = document.body;
  var idle = parseInt(body.getAttribute('data-idle-seconds'), 10) || 90;
  var home = body.getAttribute('data-home') || '/';
  // Set when the screen was just started over; the first touch clears it. While it stands, an idle home screen
  // has nothing to forget and stays as it is.
  var fresh = 'kiosk-fresh';
  var timer;
  function startOver() {
    try { sessionStorage.setItem(fresh, '1'); } catch (e) { /* storage refused: start over every time */ }
    var form = document.getElementById('start-over');
    if (form) { form.submit(); } else { location.assign(home); }
  }
  function idleAtHome() {
    var filter = document.querySelector('[data-filter]');
    var here = location.pathname + location.search;
    var started = false;
    try { started = sessionStorage.getItem(fresh) === '1'; } catch (e) { started = false; }
    return here === home && !(filter && filter.value) && started;
  }
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (idleAtHome()) { reset(); } else { startOver(); }
    }, idle * 1000);
  }
  function touched() {
    try { sessionStorage.removeItem(fresh); } catch (e) { /* nothing to clear */ }
    reset();
  }
  ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(function (e) { document.addEventListener(e, touched, { passive: true }); });
  var button = document.querySelector('#start-over button');
  if (button) { button.addEventListener('click', function (e) { e.preventDefault(); startOver(); }); }
  reset();

  function filter(input) {
    var items = document.querySelectorAll(input.getAttribute('data-filter'));
    var q = input.value.trim().toLowerCase();
    items.forEach(function (item) { item.hidden = q !== '' && (item.getAttribute('data-name') || '').indexOf(q) < 0; });
  }
  document.querySelectorAll('.keyboard').forEach(function (keyboard) {
    var input = document.getElementById(keyboard.getAttribute('data-for'));
    if (!input) { return; }
    keyboard.addEventListener('click', function (e) {
      var key = e.target.closest('button') && e.target.closest('button').getAttribute('data-key');
      if (key === null || key === undefined) { return; }
      input.value = key === 'backspace' ? input.value.slice(0, -1) : key === 'clear' ? '' : input.value + key;
      filter(input);
    });
    input.addEventListener('input', function () { filter(input); });
  });
})();
