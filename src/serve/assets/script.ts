/**
 * The app's only script, served as /assets/app.js (the CSP forbids inline scripts). On an article
 * page, clicking a claim marks its spans in the text and scrolls to them; clicking a marked span
 * selects its claim in the panel; #claim-N in the address selects claim N on load.
 */
export const APP_JS = `'use strict';
(function () {
  var text = document.querySelector('.article-text');
  if (!text) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.claim-card'));

  function select(index, scrollTo) {
    var marked = text.querySelectorAll('.marked');
    for (var i = 0; i < marked.length; i++) marked[i].classList.remove('marked');
    cards.forEach(function (card) { card.classList.toggle('selected', card.getAttribute('data-claim') === String(index)); });
    var spans = text.querySelectorAll('[data-claims~="' + index + '"]');
    for (var j = 0; j < spans.length; j++) spans[j].classList.add('marked');
    var card = document.getElementById('claim-' + index);
    if (scrollTo === 'text' && spans.length > 0) spans[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (scrollTo === 'card' && card) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    if (history.replaceState) history.replaceState(null, '', '#claim-' + index);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var card = target.closest('.claim-card');
    if (card && !target.closest('a')) {
      select(card.getAttribute('data-claim'), 'text');
      return;
    }
    var span = target.closest('.article-text [data-claims]');
    if (span) select(span.getAttribute('data-claims').split(' ')[0], 'card');
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || !target.classList.contains('claim-card')) return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select(target.getAttribute('data-claim'), 'text');
  });

  var match = /^#claim-(\\d+)$/.exec(location.hash);
  if (match) select(match[1], 'text');
})();
`;
