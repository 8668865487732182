// The case form is kept on the server as it is typed (a draft), so that a reload or a closed tab
// loses nothing; the draft goes when the form is saved.
(function () {
  const form = document.getElementById('case-form');
  if (!form) {
    return;
  }
  const token = document.querySelector('meta[name="_csrf"]').content;
  const header = document.querySelector('meta[name="_csrf_header"]').content;
  const state = document.getElementById('draft-state');
  let timer = null;
  function keep() {
    const fields = new URLSearchParams(new FormData(form));
    fields.delete('_csrf');
    fetch(form.dataset.draft, {
      method: 'POST',
      headers: { [header]: token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.ok) {
        state.textContent = state.dataset.saved;
        form.dataset.draftSavedAt = String(Date.now());
      }
    });
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(keep, 400);
  }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
