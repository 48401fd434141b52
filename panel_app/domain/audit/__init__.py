"""The tamper-evident audit trail: the chain's canonical form and hashing, and the replay of events."""
