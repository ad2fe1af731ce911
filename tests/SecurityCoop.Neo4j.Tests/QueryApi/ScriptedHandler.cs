using System.Net;
using System.Text;

namespace SecurityCoop.Tests.QueryApi;

/// <summary>An HTTP handler that answers with scripted responses, in turn (the last one repeats), and keeps every request with its body.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public static HttpResponseMessage Json(HttpStatusCode status, string body) => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request, await request.Content!.ReadAsStringAsync(cancellationToken)));
        return answers[Math.Min(Requests.Count - 1, answers.Length - 1)](request);
    }
}
