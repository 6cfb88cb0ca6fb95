/**
 * How this app names itself: `/health` answers with it, and the ask CLI asks for it before it
 * sends a question, so it never answers from another program that happens to listen on the port.
 */
export const SERVICE_NAME = "samverkansgrafen";
