"""HTTP routes of the server, versioned under /api/v1."""
