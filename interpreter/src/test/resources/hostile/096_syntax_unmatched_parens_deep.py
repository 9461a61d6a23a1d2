print((((1)))))
