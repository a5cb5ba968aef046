"""Input readers. Each export format is a plugin implementing ``rulekit_open_export``."""
