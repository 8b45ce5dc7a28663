using Disclosure.Comments;

await CommentServer.Create(args).RunAsync();
