"""Services: use cases over the store. No Qt."""
