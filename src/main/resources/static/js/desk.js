// « Mon poste »: the case of a ringing call arrives as server-sent events, already rendered (and
// escaped) by the server with the page's own fragment; the browser reconnects by itself.
(function () {
  const slot = document.getElementById('current-case');
  if (!slot || !window.EventSource) {
    return;
  }
  const events = new EventSource('/poste/events');
  events.addEventListener('ready', function () {
    document.body.dataset.stream = 'open';
  });
  events.addEventListener('case-offered', function (event) {
    slot.innerHTML = event.data;
    slot.dataset.shownAt = String(Date.now());
  });
  events.addEventListener('case-withdrawn', function (event) {
    const card = slot.firstElementChild;
    if (card && card.dataset.case === event.data && card.querySelector('.badge.ringing')) {
      card.querySelector('.badge.ringing').textContent = slot.dataset.missed;
    }
  });
  events.onerror = function () {
    document.body.dataset.stream = 'reconnecting';
  };
})();
