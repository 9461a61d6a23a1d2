class User:
    def __init__(self, name, email=None):
        self.name = name
        self.email = email

    def domain(self):
        return self.email.split("@")[1]


print(User("a", "a@example.org").domain())
print(User("b").domain())
