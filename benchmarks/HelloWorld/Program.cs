Console.WriteLine("Hello, world.");
