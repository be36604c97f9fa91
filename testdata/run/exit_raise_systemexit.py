def main():
    print("main running")
    raise SystemExit(7)

try:
    main()
finally:
    print("finally still runs on SystemExit")
