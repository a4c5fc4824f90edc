using DfxrmViz.Web.Hosting;

// Thin host: registrations in Hosting/ServiceRegistration.cs, pipeline and endpoints in Hosting/Pipeline.cs.
var builder = WebApplication.CreateBuilder(args);
builder.AddDfxrmViz();

var app = builder.Build();
app.UseDfxrmViz();

app.Run();
