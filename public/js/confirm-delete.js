// Progressive enhancement: Delete/Hide opens a confirmation dialog on the board instead of the
// confirmation page. The dialog's form is the page's form (same action, CSRF field and cursor);
// without JavaScript or <dialog> support the link leads to the confirmation page.
(function () {
  'use strict';
  if (typeof HTMLDialogElement === 'undefined') return;
  var csrf = document.querySelector('input[name="_csrf"]');
  if (!csrf) return;

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text) node.textContent = text;
    return node;
  }

  function hidden(name, value) {
    return element('input', { type: 'hidden', name: name, value: value });
  }

  function open(link) {
    var comment = link.closest('.comment');
    // The comment's own body (a top-level comment's replies come after it), shown as plain text.
    var text = comment && comment.querySelector('.comment__body');
    var url = new URL(link.href);
    var dialog = element('dialog', { class: 'dialog', 'aria-labelledby': 'delete-dialog-title' });
    dialog.appendChild(
      element('h2', { id: 'delete-dialog-title' }, link.getAttribute('data-confirm-title')),
    );
    if (text) dialog.appendChild(element('p', { class: 'comment__text' }, text.textContent));
    var form = element('form', { method: 'post', action: url.pathname, class: 'actions' });
    form.appendChild(hidden('_csrf', csrf.value));
    form.appendChild(hidden('cursor', url.searchParams.get('cursor') || ''));
    form.appendChild(hidden('back', url.searchParams.get('back') || ''));
    form.appendChild(
      element(
        'button',
        { type: 'submit', class: 'button button--danger' },
        link.getAttribute('data-confirm-button'),
      ),
    );
    var cancel = element('button', { type: 'button', class: 'button button--link' }, 'Cancel');
    cancel.addEventListener('click', function () {
      dialog.close();
    });
    form.appendChild(cancel);
    dialog.appendChild(form);
    dialog.addEventListener('close', function () {
      dialog.remove();
      link.focus();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    cancel.focus();
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-confirm-title]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    open(link);
  });
})();
