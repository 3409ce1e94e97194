"""The dev stack: throwaway Redis, PostgreSQL databases, an SMTP sink, supervised processes."""
