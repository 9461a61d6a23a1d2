# Dynamic code and a file outside the working directory: AuditEventsRule warns.
exec("x = 1")
print(eval(compile("2 * 21", "<string>", "eval")))
with open("/etc/hostname") as f:
    f.read()
