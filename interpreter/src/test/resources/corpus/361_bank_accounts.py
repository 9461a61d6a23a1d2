class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount}, balance {account.balance}')
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1000
    fee = 0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= total
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'<{type(self).__name__} #{self.id} {self.owner}: {self.balance}>'


class Checking(Account):
    fee = 1


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, owner, balance=0):
        acct = kind(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print('transfer failed:', e)
            return False
        dst.deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
a = bank.open(Checking, 'ann', 100)
b = bank.open(Savings, 'bob', 500)
print(a, b)
print(bank.transfer(a, b, 50), bank.transfer(a, b, 60))
print(b.add_interest(), b)
try:
    a.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
print(a.history, b.history)
print(bank.total(), sorted(bank.accounts))
