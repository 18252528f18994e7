/** Coverage mode (placeholder until the coverage panel lands). */
export function CoveragePanel() {
  return (
    <section class="bloc" aria-labelledby="couverture-titre">
      <h2 id="couverture-titre">Couverture du territoire</h2>
    </section>
  );
}
