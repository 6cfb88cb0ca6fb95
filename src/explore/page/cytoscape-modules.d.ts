// cytoscape-fcose 2.2.0 ships no types; it is a cytoscape extension (cytoscape.use(fcose)).
declare module "cytoscape-fcose" {
  const extension: cytoscape.Ext;
  export default extension;
}
