// Progressive enhancement: a live count under textareas marked data-count-target, replacing the
// static "Up to N characters." hint so the limit is said once. Counts code points after trimming,
// as the server does (an emoji is one character); the page works without it.
(function () {
  'use strict';
  var fields = document.querySelectorAll('textarea[data-count-target]');
  var format = function (n) {
    return n.toLocaleString('en-US');
  };
  Array.prototype.forEach.call(fields, function (field) {
    var output = document.getElementById(field.getAttribute('data-count-target'));
    var max = Number(field.getAttribute('data-max-chars'));
    if (!output || !max) return;
    var update = function () {
      var left = max - Array.from(field.value.trim()).length;
      output.textContent =
        left >= 0
          ? format(left) + (left === 1 ? ' character left' : ' characters left')
          : format(-left) + (left === -1 ? ' character too many' : ' characters too many');
    };
    field.addEventListener('input', update);
    update();
  });
})();
