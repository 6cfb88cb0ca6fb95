/** The analyst questions as views: `/explore/<id>/<view>`, each from its GraphQL field. */
export async function renderView(main: HTMLElement, id: string, view: string): Promise<void> {
  switch (view) {
    case "beroenden":
    case "bygger-pa":
      return (await import("./dependencies.js")).renderDependencies(main, id, view === "beroenden" ? "DEPENDENTS" : "DEPENDENCIES");
    case "styrning":
      return (await import("./governance.js")).renderGovernance(main, id);
    case "pengar":
      return (await import("./fund-flow.js")).renderFundFlow(main, id);
    case "tidslinje":
      return (await import("./timeline.js")).renderTimeline(main, id);
    case "mote":
      return (await import("./meeting.js")).renderMeeting(main, id);
    case "konsekvenser":
      return (await import("./impact.js")).renderImpact(main, id);
    default:
      throw new Error(`okänd vy "${view}"`);
  }
}
