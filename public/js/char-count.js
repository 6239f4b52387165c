// Progressive enhancement: a live character count under textareas marked data-count-target.
// Counts UTF-16 units like the browser's maxlength does (never more lenient than the server, which
// counts code points); the page works without it.
(function () {
  'use strict';
  var fields = document.querySelectorAll('textarea[data-count-target]');
  Array.prototype.forEach.call(fields, function (field) {
    var output = document.getElementById(field.getAttribute('data-count-target'));
    var max = Number(field.getAttribute('maxlength'));
    if (!output || !max) return;
    var update = function () {
      var used = field.value.length;
      var left = max - used;
      var format = function (n) {
        return n.toLocaleString('en-US');
      };
      output.textContent = left >= 0 ? format(left) + ' left.' : format(-left) + ' too many.';
    };
    field.addEventListener('input', update);
    update();
  });
})();
