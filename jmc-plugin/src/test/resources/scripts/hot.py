# One function does most of the work: HotFunctionsRule warns about it.
def churn(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def light(n):
    return n + 1


def main():
    result = 0
    for k in range(40):
        result += churn(3000) + light(k)
    return result


print(main())
