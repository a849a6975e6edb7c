// The return page while the bank has not confirmed: asks the server for the payment's state every few seconds (for
// five minutes at most) and reloads the page once it changed, so the page never claims more than the server knows.
(function () {
  var box = document.getElementById('payment-state');
  if (!box) return;
  var url = box.getAttribute('data-state-url');
  var initial = box.getAttribute('data-state');
  var seconds = parseInt(box.getAttribute('data-poll-seconds'), 10) || 4;
  var left = Math.ceil(300 / seconds);
  function check() {
    if (left-- <= 0) return;
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data && data.state && data.state !== initial) window.location.reload();
        else window.setTimeout(check, seconds * 1000);
      })
      .catch(function () { window.setTimeout(check, seconds * 1000); });
  }
  window.setTimeout(check, seconds * 1000);
})();
