/** What GraphiQL opens with the first time (afterwards it remembers the user's own tabs). */
export const DEFAULT_QUERY = `# Aktörskartans GraphQL-API.
# Kör frågan med ▶ (Ctrl/Cmd + Enter). Dokumentationen finns under boken till vänster.
# Run the query with ▶ (Ctrl/Cmd + Enter). The docs are behind the book icon on the left.

query FirstActors {
  actors(first: 10) {
    totalCount
    edges {
      node {
        id
        name
        kind
        sector
        area {
          name
        }
      }
    }
  }
}
`;
