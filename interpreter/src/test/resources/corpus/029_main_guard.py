import guard_mod

print("program __name__ =", __name__)
print(guard_mod.__name__, guard_mod.greet("corpus"))


def main():
    print("main() called")
    return 0


if __name__ == "__main__":
    main()
else:
    print("imported, not run")
