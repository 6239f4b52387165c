// Progressive enhancement: a live character count under textareas marked data-count-target.
// Counts Unicode code points, as the server does; the page works without it.
(function () {
  'use strict';
  var fields = document.querySelectorAll('textarea[data-count-target]');
  Array.prototype.forEach.call(fields, function (field) {
    var output = document.getElementById(field.getAttribute('data-count-target'));
    var max = Number(field.getAttribute('maxlength'));
    if (!output || !max) return;
    var update = function () {
      var used = Array.from(field.value.trim()).length;
      var left = max - used;
      output.textContent = left >= 0 ? left + ' left.' : -left + ' too many.';
    };
    field.addEventListener('input', update);
    update();
  });
})();
