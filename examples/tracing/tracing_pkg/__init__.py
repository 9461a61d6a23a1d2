from tracing_pkg import helper
