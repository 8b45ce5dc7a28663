using Disclosure.Cli;

return await DisclosureCommand.Create().Parse(args).InvokeAsync();
