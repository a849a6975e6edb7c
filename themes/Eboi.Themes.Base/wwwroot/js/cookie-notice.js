// Hides the cookie notice once closed; the choice is kept for a year. No tracking cookies are set anywhere.
(function () {
  var name = 'eboi_cookie_notice=closed';
  function init() {
    var notice = document.getElementById('cookie-notice');
    if (!notice) return;
    if (document.cookie.split('; ').indexOf(name) >= 0) { notice.hidden = true; return; }
    var button = document.getElementById('cookie-notice-close');
    button.addEventListener('click', function () {
      document.cookie = name + '; path=/; max-age=31536000; SameSite=Lax';
      notice.hidden = true;
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
