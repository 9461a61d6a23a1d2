# Imported by audit_events.py: its import raises import, open, compile and exec events.
VALUE = 1
