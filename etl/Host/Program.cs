using VolunteerDW.Host.Cli;

return await VdwCli.RunAsync(args, Console.Out, Console.Error, Console.In);
