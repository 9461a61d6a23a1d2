# Imported by audit_events.py under a hook that refuses it: this must never run.
print("audit_refused ran")
