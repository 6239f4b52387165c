// Progressive enhancement: says when new comments arrive ("3 new comments — show") without moving
// anything on the page (the notice floats). It asks the page's new-count address every
// data-live-interval-ms, twice as long after each answer that brings nothing new (up to 8 times),
// and never while the tab is hidden. "show" is a plain link to the first page: no script needed.
(function () {
  'use strict';
  var box = document.querySelector('.live-notice[data-live-url]');
  if (!box || !window.fetch) return;
  var url = box.getAttribute('data-live-url');
  var show = box.getAttribute('data-live-show');
  var most = Number(box.getAttribute('data-live-max')) || 0;
  var base = Math.max(1000, Number(box.getAttribute('data-live-interval-ms')) || 15000);
  var longest = base * 8;
  var delay = base;
  var etag = null;
  var shown = 0;
  var timer = null;
  var stopped = false;

  function render(count) {
    shown = count;
    box.textContent = '';
    if (count === 0) return;
    var words = count === 1 ? '1 new comment' : count + ' new comments';
    if (most && count >= most) words = most + ' or more new comments';
    var line = document.createElement('p');
    line.appendChild(document.createTextNode(words + ' \u2014 '));
    var link = document.createElement('a');
    link.href = show;
    link.textContent = 'show';
    line.appendChild(link);
    box.appendChild(line);
  }

  function schedule() {
    clearTimeout(timer);
    if (!stopped && !document.hidden) timer = setTimeout(poll, delay);
  }

  function poll() {
    var headers = etag ? { 'If-None-Match': etag } : {};
    fetch(url, { headers: headers, credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) {
        // Signed out, board gone: nothing more to ask until the page is loaded again.
        if (res.status === 401 || res.status === 403 || res.status === 404) stopped = true;
        if (res.status === 304 || !res.ok) return null;
        etag = res.headers.get('ETag');
        return res.json();
      })
      .then(function (body) {
        if (body && typeof body.count === 'number' && body.count !== shown) {
          render(body.count);
          delay = base;
        } else {
          delay = Math.min(delay * 2, longest);
        }
        schedule();
      })
      .catch(function () {
        delay = Math.min(delay * 2, longest);
        schedule();
      });
  }

  document.addEventListener('visibilitychange', function () {
    if (document.hidden) return clearTimeout(timer);
    // Back in view: ask at once, then at the usual pace.
    delay = base;
    clearTimeout(timer);
    if (!stopped) poll();
  });
  schedule();
})();
