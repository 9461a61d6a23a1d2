def stop():
    print("raising SystemExit(4) directly")
    raise SystemExit(4)


try:
    stop()
finally:
    print("finally still runs")
