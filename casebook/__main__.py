from casebook.app import main

main()
