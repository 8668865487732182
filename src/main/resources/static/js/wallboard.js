// The wallboard (module supervision): replaces the board with each one the server pushes as a
// server-sent event, and keeps elapsed times ticking in between. No inline script: the page can
// get a strict Content-Security-Policy.
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board) {
    return;
  }
  var status = document.getElementById('live-status');
  var receivedAt = Date.now();

  function pad(number) {
    return number < 10 ? '0' + number : String(number);
  }

  // The same format as the server's Formats.stopwatch: 4:05, 1:02:30.
  function stopwatch(total) {
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var seconds = total % 60;
    return hours > 0
      ? hours + ':' + pad(minutes) + ':' + pad(seconds)
      : minutes + ':' + pad(seconds);
  }

  // Times are counted from the board's arrival in this browser, so its clock may differ.
  function tick() {
    var passed = Math.floor((Date.now() - receivedAt) / 1000);
    board.querySelectorAll('[data-seconds]').forEach(function (element) {
      var base = parseInt(element.getAttribute('data-seconds'), 10);
      if (isNaN(base) || base < 0) {
        return;
      }
      var elapsed = base + passed;
      element.textContent = stopwatch(elapsed);
      var warnAfter = element.getAttribute('data-warn-after');
      var tile = element.closest('.tile');
      if (warnAfter !== null && tile) {
        tile.classList.toggle('warning', elapsed >= parseInt(warnAfter, 10));
      }
    });
  }

  function showStatus(key, lost) {
    status.textContent = status.getAttribute(key);
    status.classList.toggle('lost', lost);
  }

  var events = new EventSource(board.getAttribute('data-events'));
  events.addEventListener('board', function (event) {
    document.getElementById('board-content').outerHTML = event.data;
    receivedAt = Date.now();
    showStatus('data-live', false);
  });
  events.addEventListener('open', function () {
    showStatus('data-live', false);
  });
  // EventSource reconnects by itself; the page says so meanwhile.
  events.addEventListener('error', function () {
    showStatus('data-lost', true);
  });
  setInterval(tick, 1000);

  // Full screen for a wall screen; without script the link opens the wall mode page instead.
  var wallLink = document.getElementById('wall-mode');
  if (wallLink && document.documentElement.requestFullscreen) {
    wallLink.addEventListener('click', function (event) {
      event.preventDefault();
      document.body.classList.add('wall');
      document.documentElement.requestFullscreen().catch(function () {
        document.body.classList.remove('wall');
      });
    });
    document.addEventListener('fullscreenchange', function () {
      if (!document.fullscreenElement) {
        document.body.classList.remove('wall');
      }
    });
  }
})();
