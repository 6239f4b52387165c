// Progressive enhancement: the hover text of each <time datetime> becomes the reader's local time
// (the server renders UTC, which stays when scripts do not run).
(function () {
  'use strict';
  var options = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  var times = document.querySelectorAll('time[datetime]');
  Array.prototype.forEach.call(times, function (time) {
    var date = new Date(time.getAttribute('datetime'));
    if (isNaN(date.getTime())) return;
    time.setAttribute('title', date.toLocaleString(undefined, options));
  });
})();
