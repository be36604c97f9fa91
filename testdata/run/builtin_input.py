name = input()
print(f'Hello, {name}!')
age = int(input('Age: '))
print(f'Next year you will be {age + 1}')
count = int(input())
nums = [int(input()) for _ in range(count)]
print('sum', sum(nums), 'max', max(nums))
import sys
rest = sys.stdin.read()
print(repr(rest))
try:
    input('> ')
except EOFError as e:
    print('EOFError', repr(str(e)))
