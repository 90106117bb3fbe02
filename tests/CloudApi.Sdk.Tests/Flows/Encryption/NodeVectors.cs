namespace CloudApi.Sdk.Tests.Flows.Encryption;

/// <summary>
/// Test vectors made with Node.js's crypto module (OpenSSL), the way Meta's own endpoint examples encrypt: an
/// independent implementation, so decrypting them proves interoperability, not just self-consistency. The RSA key was
/// generated for these tests only.
/// </summary>
internal static class NodeVectors
{
    /// <summary>PKCS#1 ("RSA PRIVATE KEY") test key.</summary>
    public const string PrivateKeyPkcs1 = """
-----BEGIN RSA PRIVATE KEY-----
MIIEogIBAAKCAQEAwdelItkpMn5c+QKJZI2WbE3wRkHNdg5Ao2BTgAntCEKiKXZv
VwDOY8FNq5W5Xf2U0ihHlHH270RaoW5rjN/ZSsUqqDQA8sPnvQlx2Ba3xIIa8uvW
zYf1JxDEPjOPC6NtZX/hBTuj9DmRh/b3FxvEIqIW6EKiSvhX6nQJNaRFBrt7srHO
c258n+G6sWWwFX6L7Ndp1SDRBsNYb3t80rRGww1BIOW4pL4oMwBCZqzl69ck9fEP
p1n/S87lYayo+X4ID2t+NV2LuDDxuPSX/5hVqKCEwu72JQYv/EbHuAlz0KBiWcoX
J4otBOYSlw3P3bdKWQLwUABWHqPrw/cA2lbp3wIDAQABAoIBAB0PuRTX7PrCgird
C/800QwMxUyrOeQMr/kujGZCVrSp1MkVlgy7tLW0+fGTIXbreT/mxRCG44gsvc+9
D8fPmbLBi6srHMdIwroPK+/DPCrsfKDV5d7rlsAUHe/baANNLa4NdY2EywhnByAU
0Se4RHgSyA9rSgymXfvrCKRvq9+dwj2JKw/eE6l9RmLezIGC2Kl+n8Bgv+eWFkc2
mAcTsWrgJmYRzvRRXVCMkawzvV7kHa3linc0PK3b1s4dGERF0M99VN1rFFzWZ6V2
Rw+iTpkF09mYdh41HaAufWFsSl5FSjinbo3T+/KhPcdVInmFalM8tkt4nLAsOMDQ
9UhcFfECgYEA7CY5YQ15OmnHIPeZiCT7zQSfKddpu72tNKz+fMFdc2uxbkHx+bAe
gEMaNdgXmKGV3lHDigdaXU9YxUYF5Tw/SGXm0sDd+9KjQ2m8KSfIt//TAbzckDuo
0MimjmlFkILam9Nwb39KLrRXRyaxkKhrD80sxmTKS8hRuCjtLB3+9jECgYEA0iMA
6X7jg8AGnqwggty2ibHSvBAzb0T/AbYkRyPvujkHgPMI7X+4nOe7yFoShMh2zatS
91I1BZPdUtnGW+bg2HVQZRaFRhYFalzFVgCQXLWmUN7Z+/S37d6D7UhP7JCL6IcQ
DuEFpl090bdV4a5TEnGz6gCAC2KOXRwU43zGDQ8CgYAMU655F3f1iaIAYYxdI/kU
6aHZUEpPp4YMEt+x6XIUXVHEvKKB8ySUc2xB1UbeC8lD8qavZNTdvA+ZNJ+IKM3w
3IjhBXpQ89zb3wAYceAzYqJEG/SzfrnANEklc+9SrNH2gmIDH/TiXT2VFDr+nxv/
lik5Lfe1Xv6NC23d+K7fcQKBgCDyEfuJxFvsqF0KOZKqzgeqlJKdq6K/W4fGKcvp
i3VT6aRC9lxeEPCwuFVCIfMlhtLaEIjsH5n/Q8zwjdPsz8XAJtmifUSuwSya3OmN
7xRJ+ohlWCHTjV7C60Yxdy5svzK2skLS7tLVfZK6vsFCVo3mu8FtUKX4Tr+0XmYI
MvjrAoGAdPgJH3Bhnfi45hIJwmH0dO0AiRgLYtbwQXuaUUUOH1l+GNdES23hCBMM
fcn4iDz5L+cPj5NNu5mdRd+PWaVVxexs2lUkwfNmGMYUOy292yt+Hj/r2HHMQvXM
qmvVhNZXv3YLM7/nSnh15uYZY1qUS1g+6BbVG3RMEOkz/7mZj3w=
-----END RSA PRIVATE KEY-----
""";

    public const string PublicKey = """
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwdelItkpMn5c+QKJZI2W
bE3wRkHNdg5Ao2BTgAntCEKiKXZvVwDOY8FNq5W5Xf2U0ihHlHH270RaoW5rjN/Z
SsUqqDQA8sPnvQlx2Ba3xIIa8uvWzYf1JxDEPjOPC6NtZX/hBTuj9DmRh/b3FxvE
IqIW6EKiSvhX6nQJNaRFBrt7srHOc258n+G6sWWwFX6L7Ndp1SDRBsNYb3t80rRG
ww1BIOW4pL4oMwBCZqzl69ck9fEPp1n/S87lYayo+X4ID2t+NV2LuDDxuPSX/5hV
qKCEwu72JQYv/EbHuAlz0KBiWcoXJ4otBOYSlw3P3bdKWQLwUABWHqPrw/cA2lbp
3wIDAQAB
-----END PUBLIC KEY-----
""";

    /// <summary>The body WhatsApp would post: aes-128-gcm with a 16-byte IV, key RSA-OAEP-SHA256 encrypted.</summary>
    public const string RequestBody = "{\"encrypted_flow_data\":\"B49dUnrVJehfNC6H7KHKOfIJw9gZgfFdKVWg2mmha8lT6CngF2FFwqwEuA88PQ7fu5ws8WPd2Lo+SOKxQsbQDODLKpmDj2IyxmR8UtK4bb7PE0X6PBS3R7YWS4v1f9q/PAI5aLHjPMPtc3T+uZYQTk4pRnTiRpNqRgMvA4Dlb0JHefM=\",\"encrypted_aes_key\":\"nv1OMrC7OiwkW1TNJZsKQV2Qlzl5Hk69cRPlXiTmWBrx66n+96PZ1JA4Q1YJ3PxNSAJKqWvf6OMh33O5kqBs9tO4UZ1dzqrlOnWSvJMzcXtMkFaBXVl78ThTNnprCFeitP3PMytk2arETSr4F3MCddM8NjG1VveynooG+yAOwb/job/YxhJO2UfB7dzQb9Q235EpLijoD6iSBnoo7iyC8AeSWvRWq2xVEJMG4pCdoeW3CKluUVhDYAo22NfoE3RHjRBDMyDNSXIdBUiTCup58RtdSogarwSr+cdKRBC1u4JYrw0eOZnIcQpV/+H9DwNCihc2DM/4ircAi7NGCWPZ1g==\",\"initial_vector\":\"5vjsG7O11sNSvBnvL0TjlA==\"}";

    public const string RequestJson = "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"ECHO\",\"data\":{\"name\":\"Zo\u00eb\",\"n\":7},\"flow_token\":\"flow-token-1\"}";

    public const string ResponseJson = "{\"screen\":\"ECHO\",\"data\":{\"name\":\"Zo\u00eb\",\"n\":7}}";

    /// <summary><see cref="ResponseJson"/> encrypted by Node with the flipped IV.</summary>
    public const string EncryptedResponse = "530lEqWt2CZZd7e55537Wqb9hyjirdaYEPKM9ci4nPCEzRbpfHYd25/LVsCqjw0fQrOT+sj3/yQ21l/7ZGI=";

    /// <summary>A CDN file (AES-256-CBC ciphertext + 10-byte HMAC) and its encryption_metadata.</summary>
    public const string MediaCdnFile = "9C8VbB68K0VCJWog4LyNO0eAkPb5SjOd5lgRuay9BMqDysR7RuTDX9H/Za1zfU6mLIwFNHbBUsgVnP7928WeP9stTPWcYBpkBaR1vFHRyTR5L+8wBlwFEpfqZ8aLBp+Wii3+7PxdLEY9Jl2Tya3yL0t/Ny3Arg7/w56/zersKGiUfUGkKSjYANWQLs4KIk1nlj3aDKhzfbn2hSNFiWwg4VHPl074umGwYd/iQ14j/wukobidaps8sM9e";

    public const string MediaPlaintext = "JVBERi0xLjQgZmFrZSBkb2N1bWVudCBmb3IgYSBmbG93IERvY3VtZW50UGlja2VyIHRlc3QKJVBERi0xLjQgZmFrZSBkb2N1bWVudCBmb3IgYSBmbG93IERvY3VtZW50UGlja2VyIHRlc3QKJVBERi0xLjQgZmFrZSBkb2N1bWVudCBmb3IgYSBmbG93IERvY3VtZW50UGlja2VyIHRlc3QK";

    public const string MediaMetadataJson = "{\"encrypted_hash\": \"dzPMpIBJqAxiPhFSqN8ZEbpjXJgx5HOnRQCHfLZ0FgM=\", \"iv\": \"G/sRlFZPG3Bj0fHW3L3Ndg==\", \"encryption_key\": \"yH/LMHMocbkAcRvN0vRq+wRd+i5F7tBLbojNAgnpSzg=\", \"hmac_key\": \"a7ROmOQmOsEy3Sd0a5C05jCs1s84zW4x5hIINVCfLP0=\", \"plaintext_hash\": \"cMBOHeYfR5LnEnPhsGc19bXYiCrnImzvNWUUqAmOE7U=\"}";
}
