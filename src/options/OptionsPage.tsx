// The home of the user's theory of change. Until the editor lands, it says plainly what
// Mission Lens does and what it keeps.
export function OptionsPage() {
  return (
    <main>
      <header>
        <h1>Mission Lens</h1>
        <p class="muted">See what a healthcare job posting's mission language does and doesn't say.</p>
      </header>
      <section aria-labelledby="theory">
        <h2 id="theory">Your theory of change</h2>
        <p>
          Every healthcare company calls itself mission-driven. Before you compare them, decide what you think
          would make healthcare better, and which tradeoffs you would accept to get there. Mission Lens will
          hold each posting up against that theory.
        </p>
        <p class="muted" data-testid="theory-empty">
          You have not written a theory of change yet.
        </p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          Mission Lens reads job postings inside your browser and sends nothing anywhere. It reads pages by
          itself only on job boards; on any other page it reads only when you ask it to from the toolbar
          button.
        </p>
      </section>
    </main>
  );
}
